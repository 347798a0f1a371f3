/**
 * npm run import:onet -- <folder> [--out graph/onet]
 *
 * Reads an O*NET release's text files (Occupation Data, Technology Skills, Skills, Task
 * Statements, Alternate Titles, Related Occupations, Job Zones), maps them to a rolegraph graph
 * (see README, "The O*NET dataset"), lays out the technology graph for /explore, and writes the
 * compact table files plus a manifest of checksums, and records the new data as validated
 * (src/lib/server/validated-tables.json). The output folder is replaced only once everything
 * is written, so a failed run never leaves a half-written dataset.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GraphValidationError } from '../src/lib/graph/errors';
import { validateSerializedGraph } from '../src/lib/graph/validate';
import { importOnet, OnetImportError } from '../src/lib/onet/import';
import { technologyLayout } from '../src/lib/onet/layout';
import { POSITIONS_FILE } from '../src/lib/server/table-folder';
import { writeTableFolder } from './write-table-folder';
import { recordValidated } from './validated-record';

function usage(message: string): never {
	console.error(
		`${message}\nUsage: npm run import:onet -- <folder with the O*NET text files> [--out graph/onet]`
	);
	process.exit(2);
}

const args = process.argv.slice(2);
const folder = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--out');
const outIndex = args.indexOf('--out');
const out = resolve(
	outIndex >= 0 ? (args[outIndex + 1] ?? usage('--out needs a folder.')) : 'graph/onet'
);
if (!folder) usage('Which folder holds the O*NET files?');
if (!existsSync(folder)) usage(`There is no folder ${folder}.`);

const read = (name: string) => {
	const path = join(folder, name);
	return existsSync(path) ? readFileSync(path, 'utf8') : undefined;
};

try {
	let started = performance.now();
	const { graph, report } = importOnet(read);
	validateSerializedGraph(graph);
	console.log(`Read ${folder} in ${Math.round(performance.now() - started)} ms:`);
	for (const line of report) console.log(`  ${line}`);

	started = performance.now();
	// One layout of the whole technology graph, and one per occupation family: a family drawn on
	// its own reads far better in its own layout than as a corner of the whole one.
	const positions = technologyLayout(graph).map((placed) => ({ family: '', ...placed }));
	const families = [
		...new Set(
			graph.nodes.filter((n) => n.attributes.category === 'role').map((n) => n.key.slice(0, 2))
		)
	].sort();
	for (const family of families) {
		positions.push(...technologyLayout(graph, { family }).map((placed) => ({ family, ...placed })));
	}
	console.log(
		`Laid out the technology graph and its ${families.length} families (${positions.length} positions) in ${Math.round(performance.now() - started)} ms.`
	);

	const { manifest, bytes, files } = writeTableFolder(out, graph, {
		generatedBy: 'npm run import:onet',
		extra: {
			[POSITIONS_FILE]: `family\tid\tx\ty\n${positions
				.map((p) => `${p.family}\t${p.id}\t${p.x}\t${p.y}`)
				.join('\n')}\n`
		}
	});
	// The graph passed full validation above: the server may skip the schema pass for it.
	recordValidated(manifest);
	console.log(`Wrote ${files} files (${(bytes / 1e6).toFixed(1)} MB) to ${out}.`);
} catch (error) {
	if (error instanceof OnetImportError || error instanceof GraphValidationError) {
		console.error(`The O*NET import failed.\n${error.message}`);
		process.exit(1);
	}
	throw error;
}
