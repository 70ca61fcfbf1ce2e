// Facet checkboxes with counts for the current query: values within a facet are OR-ed, facets AND-ed (SearchService's
// filters). A facet's counts apply every other facet's selection, so each count says what ticking that box would give.
import { el } from './dom.js';

const SHOWN = 8;
// Per facet, each value code's place in label order: sorting by it is much cheaper than comparing labels on every query.
const labelRanks = new WeakMap();

function labelRank(facet) {
  let ranks = labelRanks.get(facet);
  if (!ranks) {
    const collator = new Intl.Collator('en');
    const order = facet.labels.map((_, code) => code).sort((a, b) => collator.compare(facet.labels[a], facet.labels[b]));
    ranks = new Int32Array(order.length);
    order.forEach((code, rank) => { ranks[code] = rank; });
    labelRanks.set(facet, ranks);
  }
  return ranks;
}

/**
 * @param facets   manifest facets [{ field, values, labels }]
 * @param counts   per facet a Map(code → count)
 * @param filters  { field: [values] } currently selected
 * @param titles   { field: heading }
 */
export function renderFacets(facets, counts, filters, titles) {
  const fieldsets = [];
  facets.forEach((facet, f) => {
    const selected = new Set(filters[facet.field] ?? []);
    const ranks = labelRank(facet);
    const entries = facet.values.map((value, code) => ({ value, code, label: facet.labels[code], count: counts[f].get(code) ?? 0 }))
      .filter(e => e.count > 0 || selected.has(e.value))
      .sort((a, b) => b.count - a.count || ranks[a.code] - ranks[b.code]);
    if (entries.length === 0) return;
    const items = entries.map((entry, i) => {
      const id = `facet-${facet.field}-${entry.value}`;
      return el('li', { hidden: i >= SHOWN && !selected.has(entry.value) ? true : null, class: i >= SHOWN ? 'facet-extra' : null },
        el('input', { type: 'checkbox', id, name: facet.field, value: entry.value, checked: selected.has(entry.value) }),
        el('label', { for: id }, `${entry.label} `, el('span', { class: 'facet-count' }, `(${entry.count})`)));
    });
    const more = entries.length > SHOWN
      ? el('button', { type: 'button', class: 'facet-more', 'aria-expanded': 'false' }, `Show all ${entries.length}`)
      : null;
    fieldsets.push(el('fieldset', { class: 'facet', 'data-facet': facet.field },
      el('legend', {}, titles[facet.field] ?? facet.field),
      el('ul', {}, items),
      more));
  });
  return fieldsets;
}

/** Expands a facet's hidden values when its "Show all" button is pressed. */
export function expandFacet(button) {
  const fieldset = button.closest('fieldset');
  for (const item of fieldset.querySelectorAll('li.facet-extra')) item.hidden = false;
  button.remove();
}

/** The selection in a facets form: { field: [values] }. */
export function readFacets(container) {
  const filters = {};
  for (const box of container.querySelectorAll('input[type=checkbox]:checked')) {
    (filters[box.name] ??= []).push(box.value);
  }
  return filters;
}
