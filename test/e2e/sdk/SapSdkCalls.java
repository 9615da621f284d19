// Drives SAP's Java SDK (com.gigya.socialize.GSRequest) through the emulator as its proxy, over
// HTTPS. Arguments: apiKey secret proxyHost proxyPort scenario. Prints one line per call:
// "<method> <errorCode> <detail>".
import com.gigya.socialize.GSObject;
import com.gigya.socialize.GSRequest;
import com.gigya.socialize.GSResponse;
import java.net.InetSocketAddress;
import java.net.Proxy;

public class SapSdkCalls {
  static GSResponse call(String[] args, String method, GSObject params) {
    GSRequest request = new GSRequest(args[0], args[1], method, params, true);
    request.setAPIDomain("us1.gigya.com");
    request.setProxy(new Proxy(Proxy.Type.HTTP, new InetSocketAddress(args[2], Integer.parseInt(args[3]))));
    return request.send(10000);
  }

  public static void main(String[] args) throws Exception {
    if (args[4].equals("flow")) {
      GSObject status = new GSObject();
      status.put("UID", "alice");
      status.put("status", "from the Java SDK over https");
      GSResponse set = call(args, "socialize.setStatus", status);
      System.out.println("socialize.setStatus " + set.getErrorCode() + " " + set.getErrorDetails());
      GSObject who = new GSObject();
      who.put("UID", "alice");
      GSResponse info = call(args, "socialize.getUserInfo", who);
      System.out.println("socialize.getUserInfo " + info.getErrorCode() + " " + info.getString("UID", "-"));
    } else {
      GSObject who = new GSObject();
      who.put("UID", "alice");
      GSResponse info = call(args, "socialize.getUserInfo", who);
      System.out.println("socialize.getUserInfo " + info.getErrorCode() + " " + info.getErrorDetails());
    }
  }
}
