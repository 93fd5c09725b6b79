/*
 * >>> MESSAGING import point <<<
 * The outbox/inbox tables and entities contributed by @loopline/messaging. Every service
 * includes them through `services/<name>/src/database/{migrations/index,entities}.ts`, so a
 * change in messaging's schema reaches all seven services from this one line.
 */
export { MESSAGING_ENTITIES, MESSAGING_MIGRATIONS } from '@loopline/messaging';
