#include "SlackPermissionPage.h"

namespace SlackPermissionPage {

namespace {

const QByteArray htmlType = QByteArrayLiteral("text/html;charset=UTF-8");

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString document(const QString &title, const QString &body)
{
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                          "<title>%1</title></head>\n<body>\n%2</body></html>\n")
        .arg(escaped(title), body);
}

QString scopeList(const QString &kind, const QStringList &scopes)
{
    QString list = QStringLiteral("<ul class=\"scopes\" data-kind=\"%1\">\n").arg(kind);
    for (const QString &scope : scopes)
        list += QStringLiteral("<li data-scope=\"%1\">%1</li>\n").arg(escaped(scope));
    return list + QStringLiteral("</ul>\n");
}

QString picker(const QList<SlackWorkspace> &workspaces, const QString &selectedTeamId)
{
    QString select = QStringLiteral("<label for=\"team\">Workspace</label>\n"
                                    "<select id=\"team\" name=\"team\">\n");
    for (const SlackWorkspace &workspace : workspaces) {
        const bool selected = workspace.id == selectedTeamId;
        select +=
            QStringLiteral("<option value=\"%1\"%2>%3</option>\n")
                .arg(escaped(workspace.id), selected ? QStringLiteral(" selected") : QString(),
                    escaped(workspace.name));
    }
    return select + QStringLiteral("</select>\n");
}

} // namespace

QHttpServerResponse screen(const Screen &screen)
{
    const QString app =
        QStringLiteral("<span class=\"app-name\">%1</span>").arg(escaped(screen.appName));
    QString body = QStringLiteral("<main class=\"permission-screen\">\n"
                                  "<h1>%1 is requesting permission to access a Slack "
                                  "workspace</h1>\n")
                       .arg(app);
    body += QStringLiteral("<form method=\"post\" action=\"%1\">\n"
                           "<input type=\"hidden\" name=\"request\" value=\"%2\">\n")
                .arg(escaped(screen.formAction), escaped(screen.requestId));
    body += picker(screen.workspaces, screen.selectedTeamId);
    if (!screen.botScopes.isEmpty()) {
        body += QStringLiteral("<h2>What will %1 be able to view and do?</h2>\n").arg(app);
        body += scopeList(QStringLiteral("bot"), screen.botScopes);
    }
    if (!screen.userScopes.isEmpty()) {
        body += QStringLiteral("<h2>What will %1 be able to do on your behalf?</h2>\n").arg(app);
        body += scopeList(QStringLiteral("user"), screen.userScopes);
    }
    body +=
        QStringLiteral("<button type=\"submit\" name=\"action\" value=\"cancel\">Cancel</button>\n"
                       "<button type=\"submit\" name=\"action\" value=\"allow\">Allow</button>\n"
                       "</form>\n</main>\n");
    const QString page = document(screen.appName + QStringLiteral(" | Slack"), body);
    return QHttpServerResponse(htmlType, page.toUtf8(), QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse error(
    QHttpServerResponse::StatusCode status, const QString &title, const QString &message)
{
    const QString body = QStringLiteral("<main class=\"error-page\">\n<h1>%1</h1>\n"
                                        "<p class=\"error\">%2</p>\n</main>\n")
                             .arg(escaped(title), escaped(message));
    return QHttpServerResponse(htmlType, document(title, body).toUtf8(), status);
}

} // namespace SlackPermissionPage
