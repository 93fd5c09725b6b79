import { type ConsumedEvent, ConsumeEvent, Inbox } from '@loopline/messaging';
import { Controller } from '@nestjs/common';
import { Payload } from '@nestjs/microservices';
import { ScoringDatasetVersionRow } from './scoring-dataset-version.row';

/** Remembers every dataset version ingestion creates, so a batch scoring job can name one. */
@Controller()
export class DatasetVersionCreatedConsumer {
  constructor(private readonly inbox: Inbox) {}

  @ConsumeEvent('DatasetVersionCreated')
  async handle(@Payload() event: ConsumedEvent<'DatasetVersionCreated'>): Promise<void> {
    const version = event.payload;
    await this.inbox.runOnce(event, async (manager) => {
      await manager
        .createQueryBuilder()
        .insert()
        .into(ScoringDatasetVersionRow)
        .values({
          datasetVersionId: version.datasetVersionId,
          datasetName: version.datasetName,
          version: version.version,
          manifest: version.manifest,
          snapshot: version.snapshot,
          rowCount: version.rowCount,
          eventTimeStart: version.eventTimeStart === null ? null : new Date(version.eventTimeStart),
          eventTimeEnd: version.eventTimeEnd === null ? null : new Date(version.eventTimeEnd),
          createdAt: new Date(version.createdAt),
        })
        .orIgnore()
        .execute();
    });
  }
}
