// Small DOM helpers: elements are built node by node and text is always set as text, so nothing from the index or the
// query is ever parsed as markup.

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') node.textContent = value;
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
}

/** A text with marked ranges as text nodes and <mark> elements. */
export function markedText(text, marks) {
  const parts = [];
  let at = 0;
  for (const { start, end } of marks) {
    if (start < at) continue;
    if (start > at) parts.push(document.createTextNode(text.slice(at, start)));
    parts.push(el('mark', {}, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(document.createTextNode(text.slice(at)));
  return parts;
}
