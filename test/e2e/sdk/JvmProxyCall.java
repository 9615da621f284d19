// The JVM's own HTTPS through an HTTP proxy, as SAP's Java SDK sends every request after
// setProxy(): url.openConnection(proxy), a form POST, the truststore deciding whom to trust.
// Arguments: proxyHost proxyPort url formBody. Prints the HTTP status, then the body.
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.HttpsURLConnection;

public class JvmProxyCall {
  public static void main(String[] args) throws Exception {
    Proxy proxy = new Proxy(Proxy.Type.HTTP, new InetSocketAddress(args[0], Integer.parseInt(args[1])));
    HttpsURLConnection conn = (HttpsURLConnection) new URL(args[2]).openConnection(proxy);
    conn.setRequestMethod("POST");
    conn.setDoOutput(true);
    conn.setRequestProperty("Content-Type", "application/x-www-form-urlencoded; charset=utf-8");
    try (OutputStream out = conn.getOutputStream()) {
      out.write(args[3].getBytes(StandardCharsets.UTF_8));
    }
    int status = conn.getResponseCode();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = status < 400 ? conn.getInputStream() : conn.getErrorStream()) {
      if (in != null) in.transferTo(body);
    }
    System.out.println(status);
    System.out.println(body.toString(StandardCharsets.UTF_8));
  }
}
