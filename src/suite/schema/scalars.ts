import { Type } from '@sinclair/typebox';
import { def } from './def.js';

/** `$defs/fieldName`: the name of a field of the data rows. */
export const FieldName = def('fieldName', Type.String({ minLength: 1 }));

/** `$defs/label`: a class label as written in a suite (a string or a number). */
export const Label = def('label', Type.Unsafe<string | number>({ type: ['string', 'number'] }));
