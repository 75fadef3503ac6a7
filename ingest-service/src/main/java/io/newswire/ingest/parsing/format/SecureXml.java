package io.newswire.ingest.parsing.format;

import io.newswire.ingest.parsing.RejectReason;
import io.newswire.ingest.parsing.RejectedDispatchException;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The JDK DOM parser locked down for untrusted input: DOCTYPE declarations are refused outright
 * ({@code disallow-doctype-decl}), so no entity is ever declared, expanded or fetched (XXE, billion
 * laughs); external DTDs/schemas are not loaded; XInclude is off. A DOCTYPE is also caught by a
 * pre-scan so the reason is reported reliably as {@value RejectReason#XML_DOCTYPE_FORBIDDEN}.
 * Plus small DOM helpers, namespace-agnostic (NITF and NewsML-G2 come with and without namespaces).
 */
public final class SecureXml {
  private static final Pattern DOCTYPE = Pattern.compile("<!(?i:DOCTYPE|ENTITY)");
  /**
   * A DOCTYPE that only names an external DTD ({@code <!DOCTYPE nitf SYSTEM "nitf-3-2.dtd">}, as
   * much real NITF starts): no internal subset, so it declares nothing by itself.
   */
  private static final Pattern EXTERNAL_DOCTYPE = Pattern.compile(
      "<!DOCTYPE\\s+[\\p{L}_:][\\p{L}\\p{N}_:.-]*"
          + "(?:\\s+(?:SYSTEM\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*')|PUBLIC\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*')(?:\\s+(?:\"[^\"<>\\[]*\"|'[^'<>\\[]*'))?))?\\s*>");
  /** Named references an XML parser does not know without the DTD that declared them. */
  private static final Pattern NAMED_REFERENCE = Pattern.compile("&([A-Za-z][A-Za-z0-9]{1,9});");
  private static final DocumentBuilderFactory FACTORY = factory();
  // DocumentBuilder is not thread-safe but reusable after reset(): one per thread.
  private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newBuilder);
  private static final ErrorHandler THROWING = new ErrorHandler() {
    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXException {
      throw e;
    }
  };

  private SecureXml() {}

  private static DocumentBuilderFactory factory() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      return f;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("JDK XML parser lacks a required security feature", e);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilder b = FACTORY.newDocumentBuilder();
      b.setErrorHandler(THROWING); // the default handler prints to stderr
      return b;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Parses untrusted XML text. A DOCTYPE that only points at an external DTD is removed before
   * parsing: the DTD is never fetched (and would declare nothing we need), and the HTML character
   * entities NITF's DTD declares ({@code &nbsp;}, {@code &eacute;}…) are replaced by the characters
   * themselves. Anything else that declares (an internal subset, an ENTITY) is refused.
   */
  public static Document parse(String xml) throws RejectedDispatchException {
    Matcher external = EXTERNAL_DOCTYPE.matcher(xml);
    if (external.find() && external.start() < 4096 && !xml.substring(0, external.start()).contains("<!")) {
      String rest = xml.substring(external.end());
      xml = xml.substring(0, external.start()) + (DOCTYPE.matcher(rest).find() ? rest : characterReferences(rest));
    }
    if (DOCTYPE.matcher(xml).find()) {
      throw RejectReason.parse(RejectReason.XML_DOCTYPE_FORBIDDEN, "XML with a DOCTYPE or entity declaration is refused");
    }
    DocumentBuilder builder = BUILDER.get();
    try {
      return builder.parse(new InputSource(new StringReader(xml)));
    } catch (SAXException e) {
      String msg = String.valueOf(e.getMessage());
      if (msg.contains("DOCTYPE")) {
        throw RejectReason.parse(RejectReason.XML_DOCTYPE_FORBIDDEN, "XML with a DOCTYPE is refused", e);
      }
      throw RejectReason.parse(RejectReason.MALFORMED_XML, "XML is not well-formed: " + msg, e);
    } catch (IOException e) {
      throw RejectReason.parse(RejectReason.MALFORMED_XML, "XML could not be read: " + e.getMessage(), e);
    } finally {
      builder.reset();
      builder.setErrorHandler(THROWING);
    }
  }

  /** The DTD's named character entities as the characters; XML's own five and unknown names stay. */
  private static String characterReferences(String xml) {
    if (xml.indexOf('&') < 0) {
      return xml;
    }
    Matcher m = NAMED_REFERENCE.matcher(xml);
    StringBuilder out = new StringBuilder(xml.length());
    while (m.find()) {
      String name = m.group(1);
      String replacement = m.group();
      if (!name.equals("amp") && !name.equals("lt") && !name.equals("gt") && !name.equals("quot") && !name.equals("apos")) {
        String decoded = HtmlText.unescape(m.group());
        replacement = decoded.equals(m.group()) ? m.group() : decoded.replace("&", "&amp;").replace("<", "&lt;");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Local name of a node, whatever its namespace. */
  public static String name(Node n) {
    return n.getLocalName() != null ? n.getLocalName() : n.getNodeName();
  }

  /** Child elements with the given local name. */
  public static List<Element> children(Element parent, String localName) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE && (localName == null || localName.equals(name(n)))) {
        out.add((Element) n);
      }
    }
    return out;
  }

  public static Element child(Element parent, String localName) {
    List<Element> c = children(parent, localName);
    return c.isEmpty() ? null : c.get(0);
  }

  /** Follows a path of local names from an element; null when any step is missing. */
  public static Element path(Element from, String... localNames) {
    Element e = from;
    for (String n : localNames) {
      e = child(e, n);
      if (e == null) {
        return null;
      }
    }
    return e;
  }

  /** All descendants with the given local name, in document order. */
  public static List<Element> descendants(Element root, String localName) {
    List<Element> out = new ArrayList<>();
    if (root == null) {
      return out;
    }
    NodeList all = root.getElementsByTagNameNS("*", localName);
    for (int i = 0; i < all.getLength(); i++) {
      out.add((Element) all.item(i));
    }
    return out;
  }

  public static String text(Element e) {
    return e == null ? null : e.getTextContent();
  }

  /** Attribute value, null when absent or empty. */
  public static String attr(Element e, String name) {
    if (e == null) {
      return null;
    }
    String v = e.getAttribute(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
