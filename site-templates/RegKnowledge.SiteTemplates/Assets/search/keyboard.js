// Keyboard use of the results: ↓ from the search box goes to the first result; ↑/↓ move between results, Home/End to the
// first/last; Escape goes back to the search box. "/" anywhere focuses the search box (landing.js).

export function bindResultKeys(input, list) {
  const links = () => [...list.querySelectorAll('a.search-hit-link')];
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown') {
      const first = links()[0];
      if (first) {
        event.preventDefault();
        first.focus();
      }
    }
  });
  list.addEventListener('keydown', event => {
    const all = links();
    const at = all.indexOf(document.activeElement);
    if (at < 0) return;
    const move = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[event.key];
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
      event.preventDefault();
      input.focus();
    } else if (move !== undefined && move >= 0 && move < all.length) {
      event.preventDefault();
      all[move].focus();
    }
  });
}
