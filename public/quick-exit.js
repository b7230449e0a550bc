// Quick exit: the button, or Escape pressed three times within two seconds, replaces this
// page in the history with a neutral one, so that Back does not return here.
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) return;
  var target = link.getAttribute("href");
  function leave(event) {
    if (event) event.preventDefault();
    document.body.hidden = true;
    window.location.replace(target);
  }
  link.addEventListener("click", leave);
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
