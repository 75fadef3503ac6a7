package io.newswire.enrich.entities.ner;

import java.util.List;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * OpenNLP feature generator (named in the model's feature descriptor, so the shipped model needs this
 * class): the light stem and the dropped clitic of the token and its neighbours, and the stem's
 * last letters (nisba ي, feminine ه).
 */
public final class ArabicStemFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
  @Override
  public AdaptiveFeatureGenerator create() {
    return new Generator();
  }

  static void addGazetteer(List<String> features, String prefix, String tags) {
    if (tags != null) {
      for (String t : tags.split(" ")) {
        features.add(prefix + t);
      }
    }
  }

  static final class Generator implements AdaptiveFeatureGenerator {
    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
      String stem = ArabicStem.of(tokens[index]);
      features.add("st=" + stem);
      features.add("cl=" + ArabicStem.prefix(tokens[index]));
      // Affixes of the stem, not of the token: the token's first letters are mostly clitics.
      for (int k = 1; k <= 3 && k < stem.length(); k++) {
        features.add("sp" + k + "=" + stem.substring(0, k));
        features.add("ss" + k + "=" + stem.substring(stem.length() - k));
      }
      features.add("len=" + Math.min(stem.length(), 8));
      if (index + 2 < tokens.length) {
        features.add("nnst=" + ArabicStem.of(tokens[index + 2]));
      }
      if (index + 1 < tokens.length) {
        features.add("st,nst=" + stem + "," + ArabicStem.of(tokens[index + 1]));
      }
      Gazetteer gz = Gazetteer.current();
      addGazetteer(features, "gz=", gz.tags(stem));
      if (index > 0) {
        addGazetteer(features, "pgz=", gz.tags(ArabicStem.of(tokens[index - 1])));
      }
      if (index + 1 < tokens.length) {
        addGazetteer(features, "ngz=", gz.tags(ArabicStem.of(tokens[index + 1])));
      }
      if (index > 0) {
        features.add("pst=" + ArabicStem.of(tokens[index - 1]));
        features.add("pst,st=" + ArabicStem.of(tokens[index - 1]) + "," + stem);
      } else {
        features.add("pst=BOS");
      }
      if (index + 1 < tokens.length) {
        features.add("nst=" + ArabicStem.of(tokens[index + 1]));
      } else {
        features.add("nst=EOS");
      }
      if (index > 1) {
        features.add("ppst=" + ArabicStem.of(tokens[index - 2]));
      }
    }
  }
}
