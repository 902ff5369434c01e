import { Type, type Static } from '@sinclair/typebox';
import { def } from './def.js';
import { enumOf } from './enumOf.js';
import { FieldName, Label } from './scalars.js';

/** `$defs/data`: the `data` block of a suite. */
export const Data = def(
  'data',
  Type.Object(
    {
      path: Type.String({ minLength: 1, description: 'Path of the data file, relative to the suite file.' }),
      format: Type.Optional(enumOf(['jsonl', 'csv', 'json'], { description: 'Default: from the file extension.' })),
      input: Type.Optional(FieldName.ref({ description: 'Field holding the model input.' })),
      label: Type.Optional(FieldName.ref({ description: 'Field holding the expected label (a scalar, or an array for multi-label data).' })),
      prediction: Type.Optional(FieldName.ref({ description: 'Field holding a prediction already made.' })),
      score: Type.Optional(FieldName.ref({ description: 'Field holding one probability: of pos_label for binary data, of the predicted label for multiclass data.' })),
      probabilities: Type.Optional(
        FieldName.ref({ description: 'Field holding one probability per class: an array in `classes` order (default: sorted labels) or an object keyed by label.' }),
      ),
      group: Type.Optional(FieldName.ref()),
      id: Type.Optional(FieldName.ref({ description: 'Field holding a stable example id. Default: a hash of the row.' })),
      classes: Type.Optional(Type.Array(Label.ref(), { minItems: 2, uniqueItems: true, description: 'The class order of `probabilities` arrays.' })),
      pos_label: Type.Optional(
        Label.ref({ description: 'The positive label of binary data. Default: 1, true or the greater of two labels when those are not 0/1.' }),
      ),
      on_bad_row: Type.Optional(
        enumOf(['error', 'skip'], { description: '`skip` counts and lists bad rows in the results instead of stopping. Default: error.' }),
      ),
      label_separator: Type.Optional(Type.String({ minLength: 1, description: 'CSV only: split multi-label cells on this string.' })),
      delimiter: Type.Optional(Type.String({ minLength: 1, maxLength: 1, description: 'CSV only: the field delimiter. Default: a comma.' })),
      holdout: Type.Optional(
        Type.Number({
          exclusiveMinimum: 0,
          exclusiveMaximum: 1,
          description:
            "Fraction of the rows held out for testing a model that is trained by the suite (scikit-learn's train_test_split with the suite's seed). The metrics check then scores the held-out rows.",
        }),
      ),
      stratify: Type.Optional(Type.Boolean({ description: 'Stratify the holdout split by label. Default true for single-label data.' })),
    },
    { additionalProperties: false, description: 'The dataset: a JSONL, CSV or JSON-array file and the fields to read from each row.' },
  ),
);

/** A schema-valid `data` block. */
export type RawData = Static<typeof Data.schema>;
