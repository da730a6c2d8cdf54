// Sends the CSRF token with every htmx request so that htmx forms pass Spring Security's check.
document.addEventListener("htmx:configRequest", function (event) {
  var header = document.querySelector('meta[name="csrf-header"]');
  var token = document.querySelector('meta[name="csrf-token"]');
  if (header && token && token.content) {
    event.detail.headers[header.content] = token.content;
  }
});
