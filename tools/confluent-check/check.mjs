// Confluent compatibility check: decode every event on news.article.enriched with Confluent's own
// Avro deserializer (@confluentinc/schemaregistry), knowing nothing but the registry URL.
//   cd tools/confluent-check && npm install && node check.mjs [bootstrap] [registryUrl] [expectedCount]
import { Kafka, logLevel } from 'kafkajs';
import { SchemaRegistryClient, AvroDeserializer, SerdeType } from '@confluentinc/schemaregistry';

const [bootstrap = '127.0.0.1:9092', registry = 'http://127.0.0.1:8081', expected = '0'] = process.argv.slice(2);
const topic = process.env.NEWSWIRE_TOPIC_ENRICHED || 'news.article.enriched';
const client = new SchemaRegistryClient({ baseURLs: [registry] });
const deserializer = new AvroDeserializer(client, SerdeType.VALUE, {});
const kafka = new Kafka({ clientId: 'confluent-check', brokers: [bootstrap], logLevel: logLevel.WARN });
const admin = kafka.admin();
await admin.connect();
const offsets = await admin.fetchTopicOffsets(topic);
await admin.disconnect();
const total = offsets.reduce((n, p) => n + (Number(p.high) - Number(p.low)), 0);
const consumer = kafka.consumer({ groupId: 'confluent-check-' + Date.now(), readUncommitted: false });
await consumer.connect();
await consumer.subscribe({ topic, fromBeginning: true });
let decoded = 0, entities = 0, quotes = 0;
const ids = new Set();
await new Promise((resolve, reject) => {
  const timer = setTimeout(resolve, 20000);
  consumer.run({
    eachMessage: async ({ message }) => {
      try {
        const event = await deserializer.deserialize(topic, message.value);
        decoded++; ids.add(event.id); entities += event.entities.length; quotes += event.quotes.length;
        if (decoded === 1) console.log('first event:', event.id, '|', event.headline, '|', event.language);
      } catch (e) { reject(e); }
      if (decoded >= Math.max(total - 2, Number(expected)) && decoded >= Number(expected)) { clearTimeout(timer); resolve(); }
    },
  });
});
await consumer.disconnect();
console.log(`decoded ${decoded} events (${ids.size} ids, ${entities} entities, ${quotes} quotes) of ~${total} records with Confluent's AvroDeserializer`);
process.exit(decoded > 0 && decoded >= Number(expected) ? 0 : 1);
