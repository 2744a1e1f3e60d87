#include "SandboxRequests.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace SandboxRequests {

namespace {

void readJson(const QByteArray &body, Arguments *arguments)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isString())
            arguments->insert(it.key(), value.toString());
        else if (value.isObject())
            arguments->insert(it.key(),
                QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
        else
            arguments->insert(it.key(), value.toVariant().toString());
    }
}

} // namespace

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &pair : headers) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return QByteArray();
}

Arguments readForm(const QByteArray &encoded)
{
    Arguments arguments;
    const QList<QByteArray> pairs = encoded.split('&');
    for (QByteArray pair : pairs) {
        if (pair.isEmpty())
            continue;
        pair.replace('+', ' ');
        const qsizetype equals = pair.indexOf('=');
        const QByteArray name = equals < 0 ? pair : pair.left(equals);
        const QByteArray value = equals < 0 ? QByteArray() : pair.mid(equals + 1);
        arguments.insert(QUrl::fromPercentEncoding(name), QUrl::fromPercentEncoding(value));
    }
    return arguments;
}

Arguments queryOf(const QHttpServerRequest &request)
{
    return readForm(request.url().query(QUrl::FullyEncoded).toUtf8());
}

Arguments argumentsOf(const QHttpServerRequest &request)
{
    Arguments arguments = queryOf(request);
    if (header(request, QByteArrayLiteral("Content-Type"))
            .toLower()
            .startsWith("application/json")) {
        readJson(request.body(), &arguments);
    } else {
        const Arguments form = readForm(request.body());
        for (auto it = form.begin(); it != form.end(); ++it)
            arguments.insert(it.key(), it.value());
    }
    return arguments;
}

QString tokenOf(const QHttpServerRequest &request, const Arguments &arguments)
{
    const QByteArray authorization = header(request, QByteArrayLiteral("Authorization"));
    if (authorization.startsWith("Bearer "))
        return QString::fromUtf8(authorization.mid(7).trimmed());
    return arguments.value(QStringLiteral("token"));
}

BasicCredentials basicCredentials(const QHttpServerRequest &request)
{
    const QByteArray authorization = header(request, QByteArrayLiteral("Authorization")).trimmed();
    const qsizetype space = authorization.indexOf(' ');
    if (space < 0 || authorization.left(space).toLower() != "basic")
        return {};
    const QByteArray decoded = QByteArray::fromBase64(authorization.mid(space + 1).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    if (colon < 0)
        return {true, QString::fromUtf8(decoded), QString()};
    return {
        true, QString::fromUtf8(decoded.left(colon)), QString::fromUtf8(decoded.mid(colon + 1))};
}

} // namespace SandboxRequests
