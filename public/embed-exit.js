// Quick exit inside the embeddable box: the whole page the box sits in is left, when the site
// around it lets a frame navigate the top window. When it does not (a sandboxed frame: the
// browser refuses, mostly without an error to catch), the box is still here a moment later: it
// empties itself and says that the site around it is still open.
(function () {
  "use strict";
  var link = document.querySelector("[data-embed-exit]");
  if (!link) return;
  var target = link.getAttribute("href");
  function blocked() {
    var message = document.createElement("p");
    message.className = "notice";
    message.setAttribute("role", "alert");
    message.setAttribute("data-exit-blocked", "");
    message.textContent = link.getAttribute("data-blocked") || "";
    document.body.replaceChildren(message);
  }
  link.addEventListener("click", function (event) {
    event.preventDefault();
    document.body.hidden = true;
    try {
      window.top.location.replace(target);
    } catch (e) {
      // Refused at once: said below.
    }
    setTimeout(function () {
      document.body.hidden = false;
      blocked();
    }, 400);
  });
})();
