// Behaviour that used to sit in inline handlers, which the Content-Security-Policy forbids (script-src 'self').
// data-confirm="text" on a form: ask before submitting. data-print on a button: print the page.
// data-select-on-focus on an input: select its text when focused.
(function () {
  document.addEventListener("submit", function (event) {
    const form = event.target.closest("form[data-confirm]");
    if (form && !window.confirm(form.dataset.confirm)) event.preventDefault();
  }, true);
  document.addEventListener("click", function (event) {
    if (event.target.closest("[data-print]")) window.print();
  });
  document.addEventListener("focusin", function (event) {
    if (event.target.matches("[data-select-on-focus]")) event.target.select();
  });
})();
