-- wrk script: batches of 500 check-ins per request (phones uploading after being offline), unique event ids.
local counter = 0
local thread_tag = string.format("%08x", math.random(0, 0x7fffffff))
local size = 500

function request()
  local now = os.date("!%Y-%m-%dT%H:%M:%SZ")
  local events = {}
  for i = 1, size do
    counter = counter + 1
    events[i] = '{"eventId":"' .. string.format("%s-0000-4000-8000-%012x", thread_tag, counter) ..
        '","subject":{"type":"PHONE","value":"09' .. string.format("%08d", counter % 100000000) ..
        '"},"direction":"IN","scannedAt":"' .. now .. '"}'
  end
  return wrk.format("POST", "/api/v1/checkins/batch", nil, '{"events":[' .. table.concat(events, ",") .. ']}')
end

function done(summary, latency, requests)
  io.write(string.format("batch events/s: %.0f\n", summary.requests / (summary.duration / 1e6) * size))
end
