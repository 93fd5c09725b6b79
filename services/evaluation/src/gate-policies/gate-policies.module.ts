import { Module } from '@nestjs/common';
import { VersionedDocumentStore } from '@loopline/versioned-documents';
import { GatePoliciesController } from './gate-policies.controller';
import { ShippedGatePoliciesLoader } from './shipped-gate-policies.loader';

@Module({
  controllers: [GatePoliciesController],
  providers: [VersionedDocumentStore, ShippedGatePoliciesLoader],
  exports: [VersionedDocumentStore],
})
export class GatePoliciesModule {}
