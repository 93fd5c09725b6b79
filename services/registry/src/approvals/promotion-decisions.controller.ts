import { CurrentPrincipal, type Principal, RequiresRole } from '@loopline/access-control';
import { Body, Controller, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import { parseVersionParam } from '../model-versions/version-param';
import { ApprovePromotionHandler, type PromotionApprovedResult } from './approve-promotion.handler';
import { parseApprovePromotion, parseRejectPromotion } from './promotion-decision.dto';
import { type PromotionRejectedResult, RejectPromotionHandler } from './reject-promotion.handler';

/**
 * Approvers' decisions on promoting a version; the decision is published, and the alias moves at
 * once or, for production, when deployment's rollout completes.
 */
@Controller('models/:name/versions/:version')
export class PromotionDecisionsController {
  constructor(
    private readonly approve: ApprovePromotionHandler,
    private readonly reject: RejectPromotionHandler,
  ) {}

  @Post('approvals')
  @RequiresRole('approver')
  @HttpCode(HttpStatus.CREATED)
  approvals(
    @Param('name') name: string,
    @Param('version') version: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PromotionApprovedResult> {
    const number = parseVersionParam(version);
    return this.approve.execute(name, number, parseApprovePromotion(body), principal);
  }

  @Post('rejections')
  @RequiresRole('approver')
  @HttpCode(HttpStatus.CREATED)
  rejections(
    @Param('name') name: string,
    @Param('version') version: string,
    @Body() body: unknown,
    @CurrentPrincipal() principal: Principal,
  ): Promise<PromotionRejectedResult> {
    const number = parseVersionParam(version);
    return this.reject.execute(name, number, parseRejectPromotion(body), principal);
  }
}
