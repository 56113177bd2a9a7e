-- A mix of the service's pages for wrk, so load is spread over several cached answers,
-- both languages, both formats and a large catalogue page rather than one small document.
-- Every path answers 200, so any other status under load is a failure.
local paths = {
  "/codes/235", "/codes/550?lang=tr", "/compare/221/235", "/codes/5.7.1",
  "/healthz", "/codes/421?format=html", "/commands/RCPT", "/codes",
}
local index = 0

request = function()
  index = index % #paths + 1
  return wrk.format("GET", paths[index])
end
