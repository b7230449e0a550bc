// Booking steps: each choice replaces this page in the history instead of adding one, so that a
// whole booking is one entry. Back leaves the booking, and the quick exit, which replaces that
// one entry, leaves no step of it behind. (Without JavaScript each step is an entry of its own;
// its address carries the choices sealed, never the visit type.)
(function () {
  "use strict";
  document.addEventListener("click", function (event) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    var target = event.target;
    var link = target && target.closest ? target.closest("a[data-step-link]") : null;
    if (!link) return;
    event.preventDefault();
    window.location.replace(link.href);
  });
})();
