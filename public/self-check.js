// "Could this be us?": shows what fits as the questions are answered. Runs only in the page:
// nothing is sent and nothing is stored. A "no" rules out the roles that need a yes to that
// question (data-need); "not sure" rules out nothing. The rule is src/lib/recruitment/selfcheck.ts.
(function () {
  var form = document.querySelector("[data-self-check]");
  if (!form) return;
  var result = form.querySelector("[data-self-check-result]");
  var reset = form.querySelector("[data-self-check-reset]");
  var part = function (name) { return result.querySelector('[data-result="' + name + '"]'); };
  var hint = document.querySelector("[data-no-script]");
  if (hint) hint.hidden = true;
  if (reset) reset.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  function update() {
    var answered = 0;
    var out = {};
    var roles = part("roles").querySelectorAll("[data-role]");
    roles.forEach(function (li) { out[li.getAttribute("data-role")] = true; });
    form.querySelectorAll("[data-question]").forEach(function (q) {
      var chosen = q.querySelector("input:checked");
      if (!chosen) return;
      answered++;
      if (chosen.value === "no") q.getAttribute("data-need").split(" ").forEach(function (r) { out[r] = false; });
    });
    var fitting = 0;
    roles.forEach(function (li) {
      var fits = out[li.getAttribute("data-role")] === true;
      li.hidden = !fits;
      if (fits) fitting++;
    });
    part("start").hidden = answered > 0;
    part("fits").hidden = answered === 0 || fitting === 0;
    part("roles").hidden = answered === 0 || fitting === 0;
    part("none").hidden = answered === 0 || fitting > 0;
  }
  form.addEventListener("change", update);
  form.addEventListener("reset", function () { setTimeout(update, 0); });
  update();
})();
