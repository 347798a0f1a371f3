import type { FamilyDescription } from '../graph/families';
import type { FieldDescription } from '../graph/fields';

/**
 * What O*NET's extra attributes are, as the dataset describes them (written into its
 * dataset.json by the importer): views, measures and formats read these, never the names.
 */
export const ONET_FIELDS: FieldDescription[] = [
	{
		name: 'hot',
		on: 'link',
		type: 'boolean',
		label: 'hot technology',
		meaning:
			'O*NET flags the technology as a Hot Technology: one employers frequently ask for in job postings.',
		show: 'flag',
		mark: 'hot',
		order: 1,
		legend: 'hot technology (O*NET)',
		weight: 0.5,
		says: 'a hot technology'
	},
	{
		name: 'inDemand',
		on: 'link',
		type: 'boolean',
		label: 'in demand',
		meaning: 'O*NET flags the technology as In Demand in job postings for this occupation.',
		show: 'flag',
		mark: 'in demand',
		order: 2,
		weight: 0.5,
		says: 'in demand in job postings'
	},
	{
		name: 'importance',
		on: 'link',
		type: 'number',
		label: 'importance',
		meaning:
			'How important O*NET rates the skill for the occupation, from 1 (not important) to 5 (extremely); skills rated 3 or more are linked.',
		range: [1, 5],
		show: 'value',
		order: 3,
		weight: 1
	},
	{
		name: 'rank',
		on: 'link',
		type: 'number',
		label: 'rank',
		meaning:
			'Where O*NET ranks a related occupation among those it lists for an occupation, 1 first.',
		show: 'none'
	},
	{
		name: 'jobZone',
		on: 'node',
		type: 'number',
		label: 'job zone',
		meaning:
			'O*NET Job Zone: how much preparation the occupation needs, from 1 (little or none) to 5 (extensive).',
		range: [1, 5],
		show: 'value'
	}
];

/** O*NET's occupation families: the major groups of the 2018 SOC, which O*NET-SOC codes begin with. */
export const ONET_FAMILIES: FamilyDescription = {
	label: 'occupation family',
	from: 'code',
	prefix: 2,
	default: '15',
	names: {
		'11': 'Management',
		'13': 'Business and Financial Operations',
		'15': 'Computer and Mathematical',
		'17': 'Architecture and Engineering',
		'19': 'Life, Physical, and Social Science',
		'21': 'Community and Social Service',
		'23': 'Legal',
		'25': 'Educational Instruction and Library',
		'27': 'Arts, Design, Entertainment, Sports, and Media',
		'29': 'Healthcare Practitioners and Technical',
		'31': 'Healthcare Support',
		'33': 'Protective Service',
		'35': 'Food Preparation and Serving Related',
		'37': 'Building and Grounds Cleaning and Maintenance',
		'39': 'Personal Care and Service',
		'41': 'Sales and Related',
		'43': 'Office and Administrative Support',
		'45': 'Farming, Fishing, and Forestry',
		'47': 'Construction and Extraction',
		'49': 'Installation, Maintenance, and Repair',
		'51': 'Production',
		'53': 'Transportation and Material Moving',
		'55': 'Military Specific'
	}
};
