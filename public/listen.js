// Reads the page's main text aloud with the device's own speech synthesis, a block at a time
// (long utterances stop early in some browsers): play, pause and resume, stop. Loaded by
// /listen-boot.js on the first press of "Listen", which it then carries out.
(function () {
  "use strict";
  var box = document.querySelector("[data-listen]");
  var speech = window.speechSynthesis;
  if (!box || !speech || box.hasAttribute("data-listen-ready")) return;
  box.setAttribute("data-listen-ready", "");
  var play = box.querySelector("[data-listen-play]");
  var stop = box.querySelector("[data-listen-stop]");
  var lang = document.documentElement.lang.toLowerCase();
  var SKIP = "nav, form, [data-listen], [aria-hidden='true'], [hidden], .map-root, .visually-hidden, details:not([open]) > :not(summary), script, style";
  var BLOCKS = "h1, h2, h3, h4, p, li, dt, dd, th, td, summary, blockquote";
  var state = "idle";
  var run = 0;
  var current = null;

  function voice() {
    return speech.getVoices().filter(function (v) { return v.lang.toLowerCase().replace("_", "-").split("-")[0] === lang; })[0];
  }
  /** The blocks of the main text in reading order, each once (a list item's paragraph is read with its item). */
  function blocks() {
    var main = document.querySelector("main");
    if (!main) return [];
    return Array.prototype.filter.call(main.querySelectorAll(BLOCKS), function (el) {
      if (el.closest(SKIP)) return false;
      var outer = el.parentElement && el.parentElement.closest(BLOCKS);
      if (outer && main.contains(outer) && !outer.closest(SKIP)) return false;
      return (el.innerText || "").trim() !== "";
    });
  }
  function label(name) {
    play.textContent = play.getAttribute("data-label-" + name);
  }
  function mark(el) {
    if (current) current.classList.remove("listen-current");
    current = el;
    if (el) el.classList.add("listen-current");
  }
  function finish() {
    run++;
    speech.cancel();
    mark(null);
    state = "idle";
    label("play");
    stop.hidden = true;
  }
  function speak(list, index, mine) {
    if (mine !== run) return;
    if (index >= list.length) return finish();
    var el = list[index];
    var utterance = new SpeechSynthesisUtterance(el.innerText.trim());
    utterance.lang = document.documentElement.lang;
    var v = voice();
    if (v) utterance.voice = v;
    utterance.onend = function () { speak(list, index + 1, mine); };
    utterance.onerror = function () { if (mine === run) finish(); };
    mark(el);
    speech.speak(utterance);
  }
  function start() {
    run++;
    speech.cancel();
    state = "speaking";
    label("pause");
    stop.hidden = false;
    speak(blocks(), 0, run);
  }
  play.addEventListener("click", function () {
    if (state === "idle") start();
    else if (state === "speaking") { speech.pause(); state = "paused"; label("resume"); }
    else { speech.resume(); state = "speaking"; label("pause"); }
  });
  stop.addEventListener("click", function () {
    finish();
    play.focus();
  });
  // Leaving the page stops the voice.
  window.addEventListener("pagehide", function () { speech.cancel(); });
  start();
})();
