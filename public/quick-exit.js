// Quick exit: the button, or Escape pressed three times within two seconds, replaces this
// page in the history with a neutral one, so that Back does not return here.
(function () {
  "use strict";
  var links = document.querySelectorAll("[data-quick-exit]");
  if (!links.length) return;
  var target = links[0].getAttribute("href");
  function leave(event) {
    if (event) event.preventDefault();
    document.body.hidden = true;
    window.location.replace(target);
  }
  for (var i = 0; i < links.length; i++) links[i].addEventListener("click", leave);
  var presses = [];
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) leave();
  });
})();
