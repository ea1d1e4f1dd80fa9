import { allItems } from './items.js';
import { scaleLimits } from './scale.js';
import { idSchema, localizedText as anyLength } from './text.js';
import * as z from 'zod/mini';
import './zod.js';

/**
 * Limits no real questionnaire reaches (the source's longest form has 3
 * sections, 15 statements and 10 texts); a definition beyond them is refused
 * rather than freezing the user's tab while it renders.
 */
export const definitionLimits = {
  sections: 30,
  itemsPerSection: 100,
  items: 300,
  details: 50,
  consents: 20,
  introParagraphs: 50,
  /** Characters in one text of the definition (a title, a statement, an intro paragraph), in each language. */
  textLength: 5000,
} as const;

const longestText = (text: string | { fi: string; sv?: string | undefined; en?: string | undefined }) =>
  typeof text === 'string' ? text.length : Math.max(text.fi.length, text.sv?.length ?? 0, text.en?.length ?? 0);

/** A text of the definition, at most `definitionLimits.textLength` characters in each language. */
const localizedText = anyLength.check(
  z.refine((text) => longestText(text) <= definitionLimits.textLength, {
    message: `A text may have at most ${definitionLimits.textLength} characters`,
  }),
);

/**
 * Names every object inherits (`constructor`, `toString`, `valueOf`,
 * `hasOwnProperty`, `__proto__`, …). Answers are records keyed by item id, so
 * such an id would read an inherited function as an answer.
 */
export const reservedIds: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * An item or section id. Answers are records keyed by id, so a name every
 * object inherits (`constructor`, `toString`, `valueOf`, `hasOwnProperty`,
 * `__proto__`, …) is refused.
 */
const ownId = idSchema.check(
  z.refine((id) => !reservedIds.has(id), {
    message: 'This id is the name of a built-in object property (such as constructor or toString); choose another id',
  }),
);

/** A rating scale: whole numbers from `min` to `max`, with words for both ends. */
export const scaleSchema = z
  .object({
    min: z.int().check(z.gte(scaleLimits.lowest), z.lte(scaleLimits.highest - 1)),
    max: z.int().check(z.gte(scaleLimits.lowest + 1), z.lte(scaleLimits.highest)),
    minLabel: localizedText,
    maxLabel: localizedText,
  })
  .check(
    z.refine((scale) => scale.max > scale.min, {
      message: 'scale.max must be greater than scale.min',
      path: ['max'],
    }),
  );
export type Scale = z.infer<typeof scaleSchema>;

/** One statement answered on the scale (`<tp-likert-scale>`). */
export const likertItemSchema = z.object({
  kind: z.literal('likert'),
  id: ownId,
  text: localizedText,
  required: z._default(z.boolean(), true),
});

/** A question answered in the respondent's own words. */
export const textItemSchema = z.object({
  kind: z.literal('text'),
  id: ownId,
  text: localizedText,
  hint: z.optional(localizedText),
  required: z._default(z.boolean(), false),
  /** A single line (short answers such as "Toiminnan muoto") or a text area. */
  multiline: z._default(z.boolean(), true),
  maxLength: z._default(z.int().check(z.gte(1), z.lte(20000)), 4000),
});

/** A yes/no permission the respondent gives by ticking a box; unticked means no. */
export const consentItemSchema = z.object({
  kind: z.literal('consent'),
  id: ownId,
  text: localizedText,
  hint: z.optional(localizedText),
  required: z._default(z.boolean(), false),
});

export const itemSchema = z.discriminatedUnion('kind', [
  likertItemSchema,
  textItemSchema,
  consentItemSchema,
]);
export type Item = z.infer<typeof itemSchema>;
export type ItemInput = z.input<typeof itemSchema>;
export type LikertItem = z.infer<typeof likertItemSchema>;
export type TextItem = z.infer<typeof textItemSchema>;
export type ConsentItem = z.infer<typeof consentItemSchema>;

export const sectionSchema = z.object({
  id: ownId,
  title: z.optional(localizedText),
  intro: z.optional(localizedText),
  items: z.array(itemSchema).check(z.minLength(1), z.maxLength(definitionLimits.itemsPerSection)),
});
export type Section = z.infer<typeof sectionSchema>;

/**
 * A questionnaire definition: everything an element needs to render a form and
 * everything a host needs to read its payload. Answers map to the payload by
 * item kind: `likert` → `ratings`, `text` → `openAnswers`; items in the
 * `details` list and `consents` are copied to the top level under their ids.
 */
export const questionnaireSchema = z
  .object({
    id: idSchema,
    version: z.int().check(z.gte(1)),
    title: localizedText,
    /** Who the form is for, shown under the title ("Kokemustoimija"). */
    subtitle: z.optional(localizedText),
    intro: z._default(z.array(localizedText).check(z.maxLength(definitionLimits.introParagraphs)), []),
    notice: z.optional(localizedText),
    scale: scaleSchema,
    /** Short answers about the activity, shown before the statements. */
    details: z._default(z.array(textItemSchema).check(z.maxLength(definitionLimits.details)), []),
    sections: z.array(sectionSchema).check(z.minLength(1), z.maxLength(definitionLimits.sections)),
    consents: z._default(z.array(consentItemSchema).check(z.maxLength(definitionLimits.consents)), []),
  })
  .check(
    z.superRefine((definition, ctx) => {
      const items = allItems(definition);
      if (items.length > definitionLimits.items) {
        ctx.addIssue({
          code: 'too_big',
          origin: 'array',
          maximum: definitionLimits.items,
          inclusive: true,
          message: `A questionnaire may have at most ${definitionLimits.items} items in all`,
          input: items.length,
          path: ['sections'],
        });
      }
      const seen = new Set<string>();
      for (const item of items) {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: 'custom',
            message: `Duplicate item id "${item.id}"`,
            input: item.id,
            path: ['sections'],
          });
        }
        seen.add(item.id);
      }
    }),
  );
export type Questionnaire = z.infer<typeof questionnaireSchema>;
export type QuestionnaireInput = z.input<typeof questionnaireSchema>;

export { allItems } from './items.js';
