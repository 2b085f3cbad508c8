-- wrk script: the reference, GET /api/v1/me with the same key: authentication, rate limiting, the same filters.
function init(args)
  wrk.headers["Authorization"] = "ApiKey " .. os.getenv("CHECK_TOKEN")
end
