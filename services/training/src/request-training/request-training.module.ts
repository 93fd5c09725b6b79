import { Module } from '@nestjs/common';
import { RequestTrainingController } from './request-training.controller';
import { RequestTrainingHandler } from './request-training.handler';

@Module({ controllers: [RequestTrainingController], providers: [RequestTrainingHandler] })
export class RequestTrainingModule {}
