import type { ImportMapping } from '../graph/formats/mapping';
import type { ImportProgress } from '../graph/formats/import';
import type { GraphProfile, TableProfile } from '../graph/formats/profile';
import type { Problem } from '../graph/errors';
import type { LocalDatasetSummary } from './local-datasets';

/** What the page asks the import worker: read this file (with this mapping), keep it. */
export interface ImportRequest {
	file: File;
	mapping?: ImportMapping;
}

/** Why an import failed, as plain data (errors do not cross to the page with their fields). */
export interface ImportFailure {
	name: string;
	message: string;
	problem?: string;
	/** Every problem found, one each (a RolegraphError's problems). */
	problems?: Problem[];
	/** What the file holds, when the mapping step can help. */
	profile?: GraphProfile | TableProfile;
	shape?: string;
}

/** What the worker tells the page. */
export type ImportReply =
	| ({ type: 'progress' } & ImportProgress)
	| {
			type: 'done';
			saved: LocalDatasetSummary;
			notices: string[];
			shape?: string;
	  }
	| { type: 'failed'; failure: ImportFailure };
