// The error summary takes focus when the page shows it (as GOV.UK Frontend does): a screen
// reader reads it at once, and a keyboard user starts from it, whose links lead to each field.
(function () {
  "use strict";
  var summary = document.querySelector("[data-error-summary]");
  if (summary) summary.focus();
})();
