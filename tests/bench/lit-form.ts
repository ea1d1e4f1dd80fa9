/**
 * The floor for `npm run bench`: the evaluation form's 15 statements as one
 * hand-written Lit element with native radio groups, no library of ours, as
 * someone would write it by hand. Texts come from the bench (the same Finnish
 * and Swedish as the form's), so both pages show the same words. Like the
 * form with `autosave`, it keeps its answers in sessionStorage and shows them
 * again after a reload.
 */
import { css, html, LitElement } from 'lit';

export interface BenchTexts {
  intro: string;
  minLabel: string;
  maxLabel: string;
  statements: { id: string; text: string }[];
}

const DRAFT_KEY = 'bench-lit-form:draft';

export class BenchLitForm extends LitElement {
  static override properties = { texts: { attribute: false }, answers: { state: true } };

  static override styles = css`
    :host { display: block; font: 1rem/1.5 system-ui, sans-serif; color: #1a1a1a; }
    fieldset { border: 1px solid #767676; border-radius: 4px; margin: 0 0 1rem; padding: 0.5rem 1rem; }
    legend { font-weight: 600; }
    .scale { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; }
    label { display: inline-flex; align-items: center; gap: 0.25rem; min-height: 44px; }
    input:focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
    .ends { margin: 0; font-size: 0.875rem; color: #4a4a4a; }
  `;

  declare texts: BenchTexts;
  declare answers: Record<string, number>;

  constructor() {
    super();
    this.answers = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? '{}') as Record<string, number>;
  }

  #choose(id: string, value: number) {
    this.answers = { ...this.answers, [id]: value };
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(this.answers));
  }

  override render() {
    const { intro, minLabel, maxLabel, statements } = this.texts;
    return html`<form>
      <p>${intro}</p>
      ${statements.map(
        ({ id, text }) => html`<fieldset>
          <legend>${text}</legend>
          <div class="scale">
            ${[1, 2, 3, 4, 5].map(
              (value) => html`<label
                ><input
                  type="radio"
                  name=${id}
                  .value=${String(value)}
                  .checked=${this.answers[id] === value}
                  @change=${() => this.#choose(id, value)}
                />${value}</label
              >`,
            )}
          </div>
          <p class="ends">1 = ${minLabel}, 5 = ${maxLabel}</p>
        </fieldset>`,
      )}
    </form>`;
  }
}

/** Defines `<bench-lit-form>` in Finnish; `<html lang>` switches it, loading that language's texts. */
export function defineBenchLitForm(finnish: BenchTexts, load: (locale: string) => Promise<BenchTexts>) {
  let texts = finnish;
  customElements.define(
    'bench-lit-form',
    class extends BenchLitForm {
      constructor() {
        super();
        this.texts = texts;
      }
    },
  );
  new MutationObserver(async () => {
    const lang = document.documentElement.lang;
    texts = lang === 'fi' ? finnish : await load(lang);
    for (const form of document.querySelectorAll<BenchLitForm>('bench-lit-form')) form.texts = texts;
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
}
