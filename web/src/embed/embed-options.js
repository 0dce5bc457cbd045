/**
 * Embed mode for iframes: `?embed=1` or `#embed`, with options from the query string or the
 * fragment (the fragment wins):
 *   readonly=1          the definition cannot be edited
 *   panels=a,b          the panels to show: editor, graph, problems, input, handlers, mocks, events
 *   run=1               run on load (once the build has the execution engine)
 *   theme=light|dark
 */

/** Every panel name accepted by `panels`. */
export const kPanels = ['editor', 'graph', 'problems', 'input', 'handlers', 'mocks', 'events'];

/**
 * @typedef {object} EmbedOptions
 * @property {boolean} embed
 * @property {boolean} readOnly
 * @property {string[]} panels
 * @property {boolean} runOnLoad
 * @property {'light'|'dark'|''} theme  "" leaves the user's preference.
 */

/**
 * Parses the embed options into a fresh object.
 * @param {URLSearchParams} query
 * @param {Map<string, string>} fragment  From parseFragment.
 * @returns {EmbedOptions}
 */
export function parseEmbedOptions(query, fragment) {
  const read = (key) => (fragment.has(key) ? fragment.get(key) : query.get(key));
  const flag = (key) => {
    const value = read(key);
    return value === '1' || value === 'true' || value === '';
  };
  const embed = flag('embed');
  const requested = (read('panels') ?? '')
    .split(',')
    .map((p) => p.trim())
    .filter((p) => kPanels.includes(p));
  const theme = read('theme');
  return {
    embed,
    readOnly: embed && flag('readonly'),
    panels: requested.length ? requested : embed ? ['editor', 'graph', 'problems'] : [...kPanels],
    runOnLoad: embed && flag('run'),
    theme: theme === 'light' || theme === 'dark' ? theme : '',
  };
}
