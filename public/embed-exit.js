// Quick exit inside the embeddable box: the whole page the box sits in is left, when the site
// around it lets a frame navigate the top window. When it does not (a sandboxed frame), the box
// empties itself and says that the site around it is still open.
(function () {
  "use strict";
  var link = document.querySelector("[data-embed-exit]");
  if (!link) return;
  var target = link.getAttribute("href");
  link.addEventListener("click", function (event) {
    event.preventDefault();
    try {
      window.top.location.replace(target);
      return;
    } catch (e) {
      // Top navigation refused: say so in the box.
    }
    var message = document.createElement("p");
    message.className = "notice";
    message.setAttribute("role", "alert");
    message.setAttribute("data-exit-blocked", "");
    message.textContent = link.getAttribute("data-blocked") || "";
    document.body.replaceChildren(message);
  });
})();
