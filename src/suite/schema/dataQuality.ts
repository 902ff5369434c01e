import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';
import { QUALITY_CHECKS } from '../types.js';

/** `$defs/qualityName`: a data-quality check name. */
export const QualityName = def(
  'qualityName',
  enumOf(QUALITY_CHECKS),
);

const options = Type.Object({
  include: Type.Optional(Type.Array(QualityName.ref(), { minItems: 1, uniqueItems: true })),
  near_duplicate_threshold: Type.Optional(
    Type.Number({ exclusiveMinimum: 0, maximum: 1, description: 'Jaccard similarity at which two inputs are near-duplicates. Default 0.8.' }),
  ),
  max_input_chars: Type.Optional(Type.Integer({ minimum: 1, description: 'Inputs longer than this are over-long. Default 10000.' })),
});

/** The options of a `data-quality` check: a list of check names, or an object with `include` and options. */
export type RawDataQuality = Static<typeof QualityName.schema>[] | Static<typeof options>;

/** The `data-quality` check's entry in `$defs/check`: the list form and the object form in one schema. */
export const dataQualityCheck = Type.Unsafe<RawDataQuality>({
  type: ['array', 'object'],
  description: 'Checks of the data itself: a list of check names, or an object with `include` and options.',
  minItems: 1,
  uniqueItems: true,
  items: QualityName.ref(),
  additionalProperties: false,
  properties: options.properties,
});
