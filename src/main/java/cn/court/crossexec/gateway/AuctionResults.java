package cn.court.crossexec.gateway;

import cn.court.crossexec.platform.NotFoundException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Records the auction platform's results, once per auction id (a repeated delivery changes nothing), and announces
 * each new one with the case it belongs to.
 */
@Service
@Transactional
public class AuctionResults {

  private final JdbcTemplate jdbc;
  private final AuctionListings listings;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  AuctionResults(JdbcTemplate jdbc, AuctionListings listings, ApplicationEventPublisher events, Clock clock) {
    this.jdbc = jdbc;
    this.listings = listings;
    this.events = events;
    this.clock = clock;
  }

  /**
   * @return true when the result was new, false when the same auction had reported before
   * @throws NotFoundException when no listing has this auction id
   */
  public boolean receive(AuctionResult result) {
    String caseId = listings.caseOfListing(result.auctionId())
        .orElseThrow(() -> new NotFoundException("拍卖 " + result.auctionId() + " 不存在。"));
    if (find(result.auctionId()).isPresent()) {
      return false;
    }
    try {
      jdbc.update("INSERT INTO auction_platform_result (auction_id, outcome, final_price_fen, buyer_name, buyer_id_number, bids,"
              + " message, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          result.auctionId(), result.outcome().name(), result.finalPriceFen(), result.buyerName(), result.buyerIdNumber(),
          result.bids() == null ? 0 : result.bids(), result.message(), OffsetDateTime.now(clock));
    } catch (DuplicateKeyException concurrent) {
      // The same result delivered twice at the same moment: the other delivery stored it. PostgreSQL has aborted
      // this transaction, so it can only end in a rollback, which leaves nothing behind.
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return false;
    }
    events.publishEvent(new AuctionResultReported(result.auctionId(), caseId, result.outcome()));
    return true;
  }

  /** The result the platform reported for a listing, if it has. */
  @Transactional(readOnly = true)
  public Optional<AuctionResult> find(String auctionId) {
    return jdbc.query("SELECT outcome, final_price_fen, buyer_name, buyer_id_number, bids, message"
            + " FROM auction_platform_result WHERE auction_id = ?",
        (rs, i) -> new AuctionResult(auctionId, AuctionResult.Outcome.valueOf(rs.getString(1)),
            rs.getObject(2) == null ? null : rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getString(6)),
        auctionId).stream().findFirst();
  }
}
