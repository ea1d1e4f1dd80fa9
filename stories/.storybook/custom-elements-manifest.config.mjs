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

export default {
  // Leave package.json alone: its "customElements" field is written by hand.
  packagejson: false,
  plugins: [defineElementCalls()],
};
