import type { ViewSpec } from '../graph/view-graph';
import type { ImageFrame } from '../viz/export-image';

/**
 * Everything the export menu needs to know of the view it exports, in one description made by
 * the view: what the image says around the graph, what the data files hold, and their names.
 */
export interface ExportView {
	/** What the image says around the graph (title, subtitle, notes, legend, credit). */
	frame: Omit<ImageFrame, 'theme' | 'transparent'>;
	/** The file name of this view, without extension. */
	fileBase: string;
	/** This view as data files hold it. */
	spec: ViewSpec;
	/** The server's dataset it shows (undefined: the default one, or a graph in this browser). */
	dataset?: string;
	/** The file name of the whole dataset, without extension. */
	wholeFileBase: string;
	/** Files only this view makes (a list it shows, as a table), listed with its data files. */
	files?: readonly ViewFile[];
}

/** A file a view makes of what it shows, in the browser. */
export interface ViewFile {
	/** The menu entry: "What to learn, as CSV". */
	label: string;
	fileName: string;
	mime: string;
	make: () => Promise<string>;
}
