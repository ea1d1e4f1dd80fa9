import { readFileSync } from 'node:fs';

/**
 * `npm run manifest` (dist/custom-elements.json, which Storybook's docs tables
 * and editors read). Our elements register through the guarded
 * `defineElement('tp-…', Class)` from src/internal/tp-element.ts, which the
 * analyzer does not know: this plugin records it as it would a
 * `customElements.define` call, so every class gets its tag name.
 */
function defineElementCalls() {
  return {
    name: 'tyopari - defineElement calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (node.expression.text !== 'defineElement') return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteral(tag) || !ts.isIdentifier(klass)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: klass.text, module: moduleDoc.path },
        },
      ];
    },
  };
}

/**
 * The custom properties every element reads through the shared styles are
 * documented once, as `@cssprop` lines in src/internal/theme.styles.ts (every
 * element) and src/internal/form.styles.ts (every element but
 * `<tp-likert-scale>`). This plugin adds them to each element's
 * `cssProperties`; an element's own `@cssprop` line for the same name wins.
 */
function sharedCssProperties() {
  const read = (file) =>
    [...readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8').matchAll(/@cssprop\s+(--tp-[\w-]+)\s+-\s+(.+)/g)].map(
      ([, name, description]) => ({ name, description: description.trim() }),
    );
  const theme = read('src/internal/theme.styles.ts');
  const form = read('src/internal/form.styles.ts');
  return {
    name: 'tyopari - shared css properties',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (!declaration.tagName) continue;
        const own = declaration.cssProperties ?? [];
        const shared = declaration.tagName === 'tp-likert-scale' ? theme : [...theme, ...form];
        declaration.cssProperties = [...own, ...shared.filter((property) => !own.some((mine) => mine.name === property.name))];
      }
    },
  };
}

/**
 * `<tp-evaluation-form>` draws each statement with `<tp-likert-scale>`'s
 * template (likert-scale.parts.ts, `partPrefix: 'likert-'`), so every part of
 * the scale is a part of the form under a `likert-` name. This plugin lists
 * them with the form's own parts, described as the scale describes them, so
 * the docs table shows every part a host can style.
 */
function formLikertParts() {
  return {
    name: 'tyopari - likert parts of the form',
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const likert = declarations.find((declaration) => declaration.tagName === 'tp-likert-scale');
      const form = declarations.find((declaration) => declaration.tagName === 'tp-evaluation-form');
      if (!likert || !form) return;
      const own = form.cssParts ?? [];
      const statementParts = (likert.cssParts ?? [])
        .map(({ name, description = name }) => ({
          name: `likert-${name}`,
          description: `${description.replace(/\.$/, '')}, in every statement.`,
        }))
        .filter((part) => !own.some((mine) => mine.name === part.name));
      form.cssParts = [...own, ...statementParts];
    },
  };
}

export default {
  // Leave package.json alone: its "customElements" field is written by hand.
  packagejson: false,
  plugins: [defineElementCalls(), sharedCssProperties(), formLikertParts()],
};
