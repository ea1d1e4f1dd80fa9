import 'tyopari-forms/evaluation-form.js';
import { evaluationDefinitionSchema } from 'tyopari-forms/schema';

const definition = {
  id: 'ryhma-arvio', // goes into every payload as form.id, with form.version
  version: 1,
  title: { fi: 'Ryhmän arviointi', sv: 'Utvärdering av gruppen', en: 'Group evaluation' },
  scale: {
    min: 1,
    max: 5,
    minLabel: { fi: 'Täysin eri mieltä', sv: 'Helt av annan åsikt', en: 'Strongly disagree' },
    maxLabel: { fi: 'Täysin samaa mieltä', sv: 'Helt av samma åsikt', en: 'Strongly agree' },
  },
  // The payload's activityType, duration and quotePermission need these three ids.
  details: [
    { kind: 'text', id: 'activityType', text: 'Toiminnan muoto', multiline: false, required: true },
    { kind: 'text', id: 'duration', text: 'Kesto', multiline: false, required: true },
  ],
  sections: [
    {
      id: 'a',
      items: [
        { kind: 'likert', id: 'q1', text: { fi: 'Ryhmä auttoi minua.', sv: 'Gruppen hjälpte mig.', en: 'The group helped me.' } },
        { kind: 'text', id: 'q2', text: { fi: 'Mitä toivot jatkossa?', sv: 'Vad önskar du framöver?', en: 'What would you like next?' } },
      ],
    },
  ],
  consents: [{ kind: 'consent', id: 'quotePermission', text: 'Vastauksiani saa lainata nimettömästi.' }],
};

// Check it where you write it; the element checks it too and fires tp-error if it is not valid.
const checked = evaluationDefinitionSchema.safeParse(definition);
if (!checked.success) console.error(checked.error.issues);

const form = document.querySelector('tp-evaluation-form');
form.definition = definition;
