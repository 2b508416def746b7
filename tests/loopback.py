"""A DNS resolver for tests: a fixed set of host names resolve to 127.0.0.1, every
other name fails as a DNS error. Lets tests use real-looking domains
(www.testby.se, e-tjanst.testby.se) for subdomain and www-twin behaviour while
no request can leave the machine.

Use with `-s DNS_RESOLVER=tests.loopback.LoopbackResolver` and the names in the
environment variable SERVICEKOLL_TEST_HOSTS (comma separated).
"""

import os

from scrapy.resolver import CachingThreadedResolver
from twisted.internet import defer
from twisted.internet.error import DNSLookupError


class LoopbackResolver(CachingThreadedResolver):
    def getHostByName(self, name, timeout=()):
        known = {h.strip().lower() for h in os.environ.get("SERVICEKOLL_TEST_HOSTS", "").split(",") if h.strip()}
        if name.lower() in known or name in ("localhost", "127.0.0.1"):
            return defer.succeed("127.0.0.1")
        return defer.fail(DNSLookupError(f"{name}: not a test host"))
