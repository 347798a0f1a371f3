import { decodeText, type DecodedText } from './decode';
import { FormatError } from './format-error';

/** How much of the start of a file detection looks at. */
const HEAD_CHARS = 4000;

/** Line and column (from 1) of a character offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
	const before = text.slice(0, offset);
	const line = before.split('\n').length;
	return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * A file being imported: its name and bytes, with its text (decoded once, see decode.ts) and its
 * JSON value (parsed once) worked out when a detector or a reader first asks for them.
 */
export class ImportInput {
	readonly name: string;
	readonly bytes: Uint8Array;
	#decoded: DecodedText | FormatError | undefined;
	#json: { value: unknown } | FormatError | undefined;

	constructor(name: string, bytes: Uint8Array) {
		this.name = name;
		this.bytes = bytes;
	}

	/** The file's extension, lower case, without the dot ('' when it has none). */
	get extension(): string {
		return /\.([a-z0-9]+)$/i.exec(this.name)?.[1]?.toLowerCase() ?? '';
	}

	#decode(): DecodedText | FormatError {
		if (this.#decoded === undefined) {
			try {
				this.#decoded = decodeText(this.bytes, this.name);
			} catch (error) {
				if (!(error instanceof FormatError)) throw error;
				this.#decoded = error;
			}
		}
		return this.#decoded;
	}

	/** Whether the bytes are text rolegraph can decode. */
	get isText(): boolean {
		return !(this.#decode() instanceof FormatError);
	}

	/** The file as text; throws the FormatError saying why it is not text. */
	text(): string {
		const decoded = this.#decode();
		if (decoded instanceof FormatError) throw decoded;
		return decoded.text;
	}

	/** What decoding said (a file read as Windows-1252), for the import message. */
	get notices(): string[] {
		const decoded = this.#decode();
		return decoded instanceof FormatError || !decoded.notice ? [] : [decoded.notice];
	}

	/** The start of the text without leading white space ('' when the file is not text). */
	head(): string {
		return this.isText ? this.text().slice(0, HEAD_CHARS).trimStart() : '';
	}

	/** The file parsed as JSON; throws FormatError naming the line and column of a syntax error. */
	json(): unknown {
		if (this.#json === undefined) {
			try {
				this.#json = { value: parseJson(this.text()) };
			} catch (error) {
				if (!(error instanceof FormatError)) throw error;
				this.#json = error;
			}
		}
		if (this.#json instanceof FormatError) throw this.#json;
		return this.#json.value;
	}

	/** The file's JSON value, or undefined when it is not JSON (for detection). */
	jsonIfAny(): unknown {
		try {
			return this.head().startsWith('{') || this.head().startsWith('[') ? this.json() : undefined;
		} catch {
			return undefined;
		}
	}
}

function parseJson(text: string): unknown {
	try {
		return JSON.parse(text);
	} catch (error) {
		const message = (error as Error).message;
		const position = /position (\d+)/.exec(message);
		const where =
			position && !/line \d+/.test(message)
				? (({ line, column }) => ` (line ${line}, column ${column})`)(
						lineAndColumn(text, Number(position[1]))
					)
				: '';
		throw new FormatError(`Not valid JSON: ${message}${where}.`, 'json-syntax');
	}
}
