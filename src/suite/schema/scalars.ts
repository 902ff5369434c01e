import { Type } from '@sinclair/typebox';
import { def } from './def.js';

/** `$defs/fieldName`: the name of a field of the data rows. */
export const FieldName = def('fieldName', Type.String({ minLength: 1 }));

/** `$defs/label`: a class label as written in a suite (a string or a number). */
export const Label = def('label', Type.Unsafe<string | number>({ type: ['string', 'number'] }));

/** A check's confidence level for its intervals (inline, no description), as the text and cross-validation checks take it. */
export const confidenceLevel = () => Type.Optional(Type.Number({ exclusiveMinimum: 0, exclusiveMaximum: 1 }));

/** A check's bootstrap resamples (inline, no description), as the text checks take it. */
export const bootstrapResamples = () => Type.Optional(Type.Integer({ minimum: 100, maximum: 100000 }));
