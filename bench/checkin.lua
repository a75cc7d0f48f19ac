-- wrk script: one check-in per request, each with its own event id (the API counts a repeated id once).
local counter = 0
local thread_tag = string.format("%08x", math.random(0, 0x7fffffff))

function request()
  counter = counter + 1
  local id = string.format("%s-0000-4000-8000-%012x", thread_tag, counter)
  local now = os.date("!%Y-%m-%dT%H:%M:%SZ")
  local body = '{"eventId":"' .. id .. '","subject":{"type":"PHONE","value":"09' ..
      string.format("%08d", counter % 100000000) .. '"},"direction":"IN","scannedAt":"' .. now ..
      '","temperatureC":36.6}'
  return wrk.format("POST", "/api/v1/checkins", nil, body)
end
