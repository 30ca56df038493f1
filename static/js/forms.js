/* Forms that do not lose work.
   - Amounts (input[data-money]) show thousands separators as they are typed: 1.500.000 (vi) or 1,500,000 (en).
   - Forms marked data-keep-draft keep what was typed in this browser tab (sessionStorage) until they are
     sent, so a reload, a back button or an expired session does not lose it. Files cannot be kept this way:
     the page says which ones to choose again. */
(function () {
  "use strict";
  var sep = (document.documentElement.lang || "vi").indexOf("en") === 0 ? "," : ".";

  function groupDigits(value) {
    var digits = value.replace(/[^\d]/g, "");
    if (!digits) return "";
    return digits.replace(/^0+(?=\d)/, "").replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  }

  function formatMoney(input) {
    var before = input.value;
    var caretFromEnd = before.length - (input.selectionEnd || before.length);
    var after = groupDigits(before);
    if (after === before) return;
    input.value = after;
    var pos = Math.max(0, after.length - caretFromEnd);
    try { input.setSelectionRange(pos, pos); } catch (e) { /* some input types do not support it */ }
  }

  function draftKey(form) {
    return "draft:" + location.pathname + ":" + form.getAttribute("data-keep-draft");
  }

  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.name !== "csrfmiddlewaretoken" && el.type !== "file" && el.type !== "password" &&
        el.type !== "hidden" && el.type !== "submit" && el.type !== "button";
    });
  }

  function saveDraft(form) {
    var data = {};
    fields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        data[el.name + "=" + el.value] = el.checked;
      } else {
        data[el.name] = el.value;
      }
    });
    try { sessionStorage.setItem(draftKey(form), JSON.stringify(data)); } catch (e) { /* storage full or off */ }
  }

  function restoreDraft(form) {
    // A page the server sent back with errors already holds what was typed: never overwrite it.
    if (form.querySelector(".is-invalid, .invalid-feedback, .alert-danger")) return;
    var raw;
    try { raw = sessionStorage.getItem(draftKey(form)); } catch (e) { return; }
    if (!raw) return;
    var data = JSON.parse(raw), restored = false;
    fields(form).forEach(function (el) {
      if (el.type === "checkbox" || el.type === "radio") {
        var key = el.name + "=" + el.value;
        if (key in data && el.checked !== data[key]) { el.checked = data[key]; restored = true; }
      } else if (el.name in data && data[el.name] && el.value !== data[el.name]) {
        el.value = data[el.name]; restored = true;
      }
    });
    if (restored) {
      var note = form.querySelector("[data-draft-restored]");
      if (note) note.hidden = false;
    }
  }

  document.addEventListener("input", function (event) {
    var el = event.target;
    if (el.matches && el.matches("input[data-money]")) formatMoney(el);
    var form = el.form;
    if (form && form.hasAttribute("data-keep-draft")) saveDraft(form);
  });
  document.addEventListener("change", function (event) {
    var form = event.target.form;
    if (form && form.hasAttribute("data-keep-draft")) saveDraft(form);
  });
  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (form.hasAttribute("data-keep-draft")) {
      try { sessionStorage.removeItem(draftKey(form)); } catch (e) { /* ignore */ }
    }
  });
  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("input[data-money]").forEach(formatMoney);
    document.querySelectorAll("form[data-keep-draft]").forEach(restoreDraft);
  });
})();
