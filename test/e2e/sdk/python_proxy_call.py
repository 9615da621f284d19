"""Python's urllib through an HTTP proxy over HTTPS, as SAP's Python SDK sends after setProxy():
a ProxyHandler opener, a form POST, an SSL context whose CA file decides whom to trust.
Arguments: proxy_url ca_file url form_body. Prints the HTTP status, then the body."""
import ssl
import sys
import urllib.request

proxy, ca_file, url, body = sys.argv[1:5]
context = ssl.create_default_context(cafile=ca_file)
opener = urllib.request.build_opener(
    urllib.request.ProxyHandler({"https": proxy, "http": proxy}),
    urllib.request.HTTPSHandler(context=context),
)
request = urllib.request.Request(url, data=body.encode("utf-8"), method="POST")
request.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
with opener.open(request, timeout=10) as response:
    print(response.status)
    print(response.read().decode("utf-8"))
