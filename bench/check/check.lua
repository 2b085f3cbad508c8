-- wrk script: POST /api/v1/checks for a random applicant out of the identifiers file, cycling matter types.
-- Environment: CHECK_IDS (file of identifiers, one per line), CHECK_TOKEN (an approver's API key).
local ids = {}
local matters = { "government-procurement", "public-bidding", "administrative-licensing",
                  "notify-and-commit-approval", "fiscal-subsidy" }
local counter = 0

function init(args)
  for line in io.lines(os.getenv("CHECK_IDS")) do
    ids[#ids + 1] = line
  end
  math.randomseed(os.time() + (tonumber(tostring({}):sub(8)) or 0))
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  wrk.headers["Authorization"] = "ApiKey " .. os.getenv("CHECK_TOKEN")
end

function request()
  counter = counter + 1
  local id = ids[math.random(#ids)]
  local matter = matters[(counter % #matters) + 1]
  local body = string.format(
    '{"identifier":"%s","matterType":"%s","purpose":"ADMINISTRATIVE_APPROVAL","caseNumber":"BENCH-%d"}',
    id, matter, counter)
  return wrk.format(nil, "/api/v1/checks", nil, body)
end

local failures = 0
function response(status, headers, body)
  if status ~= 201 then
    failures = failures + 1
    if failures <= 3 then io.stderr:write("status " .. status .. ": " .. body .. "\n") end
  end
end
