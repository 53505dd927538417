vcl 4.1;

# Varnish 7.1 in front of Dateline, with the xkey module from varnish-modules (Debian packages
# varnish and varnish-modules). Pages are kept as long as Dateline's s-maxage allows (an hour) and
# purged by key the moment something they show changes: Dateline's purge worker sends
#   PURGE / with "xkey-purge: story:42 subject:7 front"
# for the keys each change touched. See docs/caching.md.

import xkey;
import directors;

# One backend per Dateline instance. Add a line per instance and to the director below.
backend dateline_a {
    .host = "127.0.0.1";
    .port = "8080";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
}

# Only the Dateline instances may purge. List the addresses they connect from.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_init {
    new instances = directors.round_robin();
    instances.add_backend(dateline_a);
}

sub vcl_recv {
    set req.backend_hint = instances.backend();

    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        if (!req.http.xkey-purge) {
            return (synth(400, "No xkey-purge header"));
        }
        set req.http.n-gone = xkey.purge(req.http.xkey-purge);
        return (synth(200, "Purged " + req.http.n-gone));
    }

    # The desk, sign-in, actuator and every non-GET request go straight through.
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    if (req.url ~ "^/(desk|login|logout|actuator)(/|\?|$)") {
        return (pass);
    }

    # Only the query parameters pages read are part of the cache key: ?page=N on lists, and the
    # search form's fields on /search. Anything else (tracking parameters) is dropped, so it can
    # neither split the cache nor reach Dateline.
    if (req.url ~ "^/search(\?|$)") {
        # kept as sent
    } elsif (req.url ~ "[?&]page=[^&]*") {
        set req.url = regsub(req.url, "^([^?]*)\?(.*&)?(page=[^&]*).*$", "\1?\3");
    } else {
        set req.url = regsub(req.url, "\?.*$", "");
    }

    # A signed-in editor's session passes; any other cookie is dropped, reader pages set none.
    if (req.http.Cookie ~ "(^|;\s*)(SESSION|JSESSIONID)=") {
        return (pass);
    }
    unset req.http.Cookie;
    return (hash);
}

sub vcl_backend_response {
    # Dateline names what a page shows in Surrogate-Key; xkey indexes objects by the xkey header.
    if (beresp.http.Surrogate-Key) {
        set beresp.http.xkey = beresp.http.Surrogate-Key;
    }
    # 404s and desk pages come with no-store; never keep those.
    if (beresp.http.Cache-Control ~ "(no-store|private)") {
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    # Serve a page up to ten minutes past its time while a fresh copy is fetched, but never after
    # a purge (xkey.purge removes the object outright).
    set beresp.grace = 10m;
    return (deliver);
}

sub vcl_deliver {
    # What the proxy did, for operators and tests; the keys stay inside.
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
}
