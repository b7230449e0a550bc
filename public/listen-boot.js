// Listen: shown only when the device has a voice for the page's language; the reader itself
// (/listen.js) loads on the first press. Nothing is sent anywhere: the device speaks.
(function () {
  "use strict";
  var box = document.querySelector("[data-listen]");
  var speech = window.speechSynthesis;
  if (!box || !speech) return;
  var lang = document.documentElement.lang.toLowerCase();
  function check() {
    if (speech.getVoices().some(function (v) { return v.lang.toLowerCase().replace("_", "-").split("-")[0] === lang; })) box.hidden = false;
  }
  check();
  speech.addEventListener("voiceschanged", check);
  box.querySelector("[data-listen-play]").addEventListener("click", function () {
    var script = document.createElement("script");
    script.src = "/listen.js";
    document.head.appendChild(script);
  }, { once: true });
})();
