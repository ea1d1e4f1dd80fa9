/**
 * README's copy-paste examples, read from README.md itself, so a test runs
 * exactly what a reader copies: `readmeBlock('Theming', 'html')` is the first
 * ```html block under the heading "Theming" (any level), before the next
 * heading of the same or a higher level.
 */
export async function readmeBlock(heading: string, language: string, index = 0): Promise<string> {
  const response = await fetch('/README.md');
  if (!response.ok) throw new Error('README.md not served');
  const lines = (await response.text()).split('\n');
  const start = lines.findIndex((line) => /^#{2,4} /.test(line) && line.replace(/^#+ /, '').trim() === heading);
  if (start < 0) throw new Error(`README has no heading "${heading}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  let end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}} `).test(line));
  if (end < 0) end = lines.length;
  const section = lines.slice(start + 1, end).join('\n');
  const blocks = [...section.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)\\n```', 'g'))].map((match) => match[1]!);
  const block = blocks[index];
  if (block === undefined) throw new Error(`README "${heading}" has no \`\`\`${language} block number ${index + 1}`);
  return block;
}
