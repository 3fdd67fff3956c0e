package io.ledgerline.reporting.export;

import io.ledgerline.reporting.period.ReportArgumentException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * An export whose arguments the caller must fix answers 400 with a problem document (RFC 9457) carrying the same
 * code and argument path as the GraphQL error of the report query.
 */
@RestControllerAdvice(assignableTypes = ReportExportController.class)
class ReportExportErrors {

    @ExceptionHandler
    ProblemDetail reportArgument(ReportArgumentException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setTitle("Invalid report argument");
        problem.setProperty("code", e.code());
        problem.setProperty("field", e.field());
        return problem;
    }
}
