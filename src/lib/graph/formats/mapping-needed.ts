import { FormatError } from './format-error';
import { shapeKey } from './mapping';
import type { GraphProfile, TableProfile } from './profile';

/**
 * A file without rolegraph's fields (no categories, or a table of no shape rolegraph knows): it
 * carries what the file holds, so the browser can show the mapping step and the command line can
 * say which options to give.
 */
export class MappingNeededError extends FormatError {
	readonly profile: GraphProfile | TableProfile;
	/** The file's shape, to find a mapping remembered for files like it. */
	readonly shape: string;
	constructor(message: string, profile: GraphProfile | TableProfile) {
		super(message, 'needs-mapping');
		this.name = 'MappingNeededError';
		this.profile = profile;
		this.shape = shapeKey(profile);
	}
}
